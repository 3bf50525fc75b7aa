# SQLite through the ctypes module `krait bindgen /usr/include/sqlite3.h
# --lib sqlite3` writes: create a table, insert rows, query them with a
# prepared statement and with sqlite3_exec and a Python callback. The rows
# are checked against the same query computed here in Python. Runs on
# CPython and translated by Krait.
import ctypes

import sqlite3_ctypes as s

SNAKES = [("krait", 1.5), ("python", 6.25), ("mamba", 2.5), ("cobra", 4.0)]
SCRIPT = [b"CREATE TABLE snake (id INTEGER PRIMARY KEY, name TEXT, length REAL)"]
for snake_name, snake_length in SNAKES:
    SCRIPT.append(
        f"INSERT INTO snake (name, length) VALUES ('{snake_name}', {snake_length})".encode()
    )
QUERY = b"SELECT id, name, length FROM snake WHERE length > 2 ORDER BY length DESC"


def expected_rows():
    rows = [(i + 1, name, length) for i, (name, length) in enumerate(SNAKES) if length > 2]
    return sorted(rows, key=lambda row: -row[2])


no_callback = s.sqlite3_callback()  # a NULL function pointer (ctypes refuses None here)
db = ctypes.POINTER(s.sqlite3)()
status = s.sqlite3_open(b":memory:", ctypes.byref(db))
print("open", status == s.SQLITE_OK, bool(db))
for sql in SCRIPT:
    error = ctypes.c_char_p()
    status = s.sqlite3_exec(db, sql, no_callback, None, ctypes.byref(error))
    assert status == s.SQLITE_OK, error.value
print("rows inserted", s.sqlite3_changes(db), s.sqlite3_last_insert_rowid(db))

# An error: SQLite's message comes back through a char ** out-parameter.
error = ctypes.c_char_p()
status = s.sqlite3_exec(db, b"SELECT name FROM nowhere", no_callback, None, ctypes.byref(error))
print("error", status == s.SQLITE_ERROR, error.value)
s.sqlite3_free(error)

# A prepared statement, stepped row by row.
statement = ctypes.POINTER(s.sqlite3_stmt)()
status = s.sqlite3_prepare_v2(db, QUERY, -1, ctypes.byref(statement), None)
assert status == s.SQLITE_OK
rows = []
while s.sqlite3_step(statement) == s.SQLITE_ROW:
    text = ctypes.cast(s.sqlite3_column_text(statement, 1), ctypes.c_char_p).value
    assert text is not None
    rows.append(
        (s.sqlite3_column_int(statement, 0), text.decode(), s.sqlite3_column_double(statement, 2))
    )
print("finalize", s.sqlite3_finalize(statement) == s.SQLITE_OK)
print("rows", rows)
assert rows == expected_rows()

# sqlite3_exec with a Python callback: each row's text values.
seen = []


def collect(context, count, values, names):
    row = []
    for i in range(count):
        value = values[i]
        row.append(value.decode() if value is not None else "NULL")
    seen.append(row)
    return 0


callback = s.sqlite3_callback(collect)
status = s.sqlite3_exec(db, b"SELECT name, length FROM snake ORDER BY name", callback, None, None)
print("exec", status == s.SQLITE_OK, seen)
assert seen == [[name, str(length)] for name, length in sorted(SNAKES)]
print("close", s.sqlite3_close(db) == s.SQLITE_OK)
