import good
import bad
