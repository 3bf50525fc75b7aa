import util.sub
