import config
import worker
from config import level

print(config.describe())
print(worker.work(2), worker.work(3))
config.verbose = True
print(worker.work(1))
config.level += 10
print(config.level, level, config.describe())
print(worker.snapshot())
config.history = []
print(worker.snapshot(), config.describe())
