words = ('alpha' gamma delta)
