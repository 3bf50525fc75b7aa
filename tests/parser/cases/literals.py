# Numbers and strings: every prefix, escape and base.
ints = 0, 00, 0_0, 1_000_000, 0x_FF, 0XdeadBEEF, 0o17, 0O_7, 0b1010, 0B_1, 123456789012345678901234567890
floats = 1.0, 1., .5, 1e10, 1E-10, 1_0.0_1e+1_0, 0e0, 1e999, 3.14j, 1J, 1e-5j, 0.0, 00.5, 09.9
strings = 'a', "b", '''c''', """d""", u"kind u", U'U', r'\d', R"\w", 'a' 'b' "c"
escapes = "\n\t\r\\\'\"\a\b\f\v\0\x41\101\u00e9\U0001F600\N{BULLET}\
continued", '\q unknown escape', "\777"
byte_strings = b'\x00\xff', B"\n", rb'\x00', bR"x", Rb'y', BR'z', b'\777'
unicode = "日本語", 'ünïcödé', "emoji 🐍", "\ud800 lone surrogate", "a\udfffb"
implicit = ("first part "
            "second part"
            'third')
long_string = """line one
    line two \
    continued
"""
