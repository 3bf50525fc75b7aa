# Tabs: tab indentation, tabs inside lines, a form feed.
if x:
	y = 1
	if y:
		z = 2	+	3
	else:
		pass

def f():
	return	(1,
		2)
class C:
        a = 1
        def m(self):
        	return 2
x = 1
