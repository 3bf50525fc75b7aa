name = "böse"
