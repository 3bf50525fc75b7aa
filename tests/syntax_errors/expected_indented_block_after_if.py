if x:
return_value = 1
