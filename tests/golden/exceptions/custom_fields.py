# user exception classes with extra attributes, subclass hierarchies, catching by base class and re-raising


class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class RangeError(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, f"{value} not in [{lo}, {hi}]")
        self.value = value
        self.lo = lo
        self.hi = hi


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")


def validate(record):
    if "name" not in record:
        raise MissingField("name")
    if "age" not in record:
        raise MissingField("age")
    age = int(record["age"])
    if age < 0 or age > 150:
        raise RangeError("age", age, 0, 150)
    if len(record["name"]) < 2:
        raise ValidationError("name", "too short")
    return record["name"] + "/" + str(age)


records = [{"name": "Ann", "age": "31"}, {"age": "4"}, {"name": "Bob"}, {"name": "Cy", "age": "200"},
           {"name": "D", "age": "40"}, {"name": "Eve", "age": "-1"}]
ok = []
for rec in records:
    try:
        ok.append(validate(rec))
    except RangeError as e:
        print("range:", e.field, e.value, "allowed", e.lo, "to", e.hi)
    except MissingField as e:
        print("missing:", e.field, "|", e)
    except ValidationError as e:
        print("invalid:", e.field, "-", e.message)
print(ok)


def strict(rec):
    try:
        return validate(rec)
    except ValidationError as e:
        print("  logging", e.field)
        raise


try:
    strict({"name": "Zed", "age": "999"})
except RangeError as e:
    print("re-raised:", e, isinstance(e, ValidationError), isinstance(e, MissingField))
errors = []
for rec in records:
    try:
        validate(rec)
    except ValidationError as e:
        errors.append(e)
print(len(errors), [e.field for e in errors], [str(e) for e in errors[:2]])
