# time: clocks (compared, as their values differ run to run), sleep,
# strftime and sleep's error.
import time

start = time.perf_counter()
wall = time.time()
time.sleep(0.02)
elapsed = time.perf_counter() - start
print(elapsed >= 0.015, elapsed < 5.0)
print(time.time() - wall >= 0.015)
print(wall > 1.7e9, abs(time.time_ns() // 1000000000 - int(time.time())) <= 1)
print(time.monotonic() <= time.monotonic(), time.perf_counter_ns() > 0)
print(time.process_time() >= 0.0, time.process_time_ns() >= 0, time.monotonic_ns() > 0)
year = int(time.strftime("%Y"))
print(2020 <= year < 2200, len(time.strftime("%Y-%m-%d %H:%M:%S")), time.strftime("100%% sure"))
time.sleep(0)
for bad in [-1, -0.5]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError:", e)
