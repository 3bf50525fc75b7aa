# f-strings: conversions, format specs, nesting, '=' debugging, concatenation.
name, width, value = "krait", 10, 3.14159
items = {"a": 1, 'b': [1, 2]}
s1 = f"hello {name}"
s2 = f'{name!r:>{width}} and {value:.{2}f}'
s3 = f"{value=}" f"{ name = !s:^20}" "plain" f'{{literal braces}}'
s4 = f"""multi
line {name
      .upper()} done"""
s5 = rf"raw \d {name}" + fr'\n{width}' + Rf"{value}" + F"{width:#x}"
s6 = f"{items['a']} {items['b'][0]:03d} {'nested ' f'{name}'}"
s7 = f"{lambda_result}" if (lambda_result := (lambda x: x * 2)(3)) else f""
s8 = f"{', '.join(str(i) for i in range(3))}"
s9 = f"{name:{'>' if width else '<'}{width}}"
s10 = f"{3.14:{'.3'}}{{}}{value!a}"
s11 = "abc" f"def" "ghi"
s12 = f"{ {'x': 1}['x'] }"
s13 = f"{name}" \
      f"{width}"
s14 = f'{"a" if name else "b"}' f"{'it''s'}"
s15 = f"{x!r}" + f"{x!s}" + f"{x = }" + f"{x=:>5}"
s16 = f"é{name}é{width:é^12}"
s17 = f"{yield_}" f"{await_}" f"{(yield_ for yield_ in '')}"
b = b"bytes" rb"\raw" Br'more'
