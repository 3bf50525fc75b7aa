name = 'x'
s = f'hello {}'
