class ValidationError(Exception):
    pass

def validate(age):
    if age < 0:
        raise ValidationError("age cannot be negative")
    if age > 150:
        raise ValidationError("age %d is not plausible" % age)
    return age

for a in [30, -1, 200, 0]:
    try:
        print("ok", validate(a))
    except ValidationError as e:
        print("invalid:", e)
    finally:
        print("checked", a)
