import math

def simulate(angle_deg, speed, dt):
    a = math.radians(angle_deg)
    vx = speed * math.cos(a)
    vy = speed * math.sin(a)
    x = 0.0
    y = 0.0
    t = 0.0
    peak = 0.0
    while True:
        x += vx * dt
        vy -= 9.81 * dt
        y += vy * dt
        t += dt
        if y > peak:
            peak = y
        if y < 0.0:
            break
    return x, peak, t

for angle in [15, 30, 45, 60, 75]:
    x, peak, t = simulate(angle, 20.0, 0.001)
    print("%2d deg: range %7.3f m, peak %6.3f m, time %5.3f s" % (angle, x, peak, t))
