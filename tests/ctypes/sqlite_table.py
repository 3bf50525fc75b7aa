# SQLite through the ctypes module `krait bindgen /usr/include/sqlite3.h
# --lib sqlite3` writes: create a table, insert rows, query them with a
# prepared statement and with sqlite3_exec and a Python callback; the rows
# are checked against Python's own sqlite3 module running the same SQL.
import ctypes
import sqlite3

import sqlite3_ctypes as s

SCRIPT = [
    b"CREATE TABLE snake (id INTEGER PRIMARY KEY, name TEXT, length REAL)",
    b"INSERT INTO snake (name, length) VALUES ('krait', 1.5)",
    b"INSERT INTO snake (name, length) VALUES ('python', 6.25)",
    b"INSERT INTO snake (name, length) VALUES ('mamba', 2.5)",
]
QUERY = b"SELECT id, name, length FROM snake WHERE length > 2 ORDER BY length DESC"

no_callback = s.sqlite3_callback()  # a NULL function pointer (ctypes refuses None here)
db = ctypes.POINTER(s.sqlite3)()
status = s.sqlite3_open(b":memory:", ctypes.byref(db))
print("open", status == s.SQLITE_OK)
for sql in SCRIPT:
    error = ctypes.c_char_p()
    status = s.sqlite3_exec(db, sql, no_callback, None, ctypes.byref(error))
    assert status == s.SQLITE_OK, error.value
print("rows inserted", s.sqlite3_changes(db), s.sqlite3_last_insert_rowid(db))

# A prepared statement, stepped row by row.
statement = ctypes.POINTER(s.sqlite3_stmt)()
status = s.sqlite3_prepare_v2(db, QUERY, -1, ctypes.byref(statement), None)
assert status == s.SQLITE_OK
rows = []
while s.sqlite3_step(statement) == s.SQLITE_ROW:
    name = ctypes.cast(s.sqlite3_column_text(statement, 1), ctypes.c_char_p).value
    rows.append(
        (s.sqlite3_column_int(statement, 0), name.decode(), s.sqlite3_column_double(statement, 2))
    )
print("finalize", s.sqlite3_finalize(statement) == s.SQLITE_OK)
print("rows", rows)

# sqlite3_exec with a Python callback.
seen = []


def collect(context, count, values, names):
    seen.append(tuple(values[i].decode() for i in range(count)))
    return 0


callback = s.sqlite3_callback(collect)
status = s.sqlite3_exec(db, b"SELECT name FROM snake ORDER BY name", callback, None, None)
print("exec", status == s.SQLITE_OK, seen)
print("close", s.sqlite3_close(db) == s.SQLITE_OK)

# The same SQL through Python's sqlite3 module.
reference = sqlite3.connect(":memory:")
for sql in SCRIPT:
    reference.execute(sql.decode())
assert rows == reference.execute(QUERY.decode()).fetchall()
assert seen == reference.execute("SELECT name FROM snake ORDER BY name").fetchall()
print("same as Python's sqlite3", True)
