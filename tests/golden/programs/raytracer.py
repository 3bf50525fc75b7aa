"""A tiny ray tracer that renders a scene as ASCII art.

Spheres and planes, point lights with Lambert + Phong shading, hard shadows
and a single level of reflection.  The output is a small grid of characters
plus a checksum of the computed intensities.
"""

import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x: float, y: float, z: float) -> None:
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k: float) -> "Vec":
        return self * k

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y, -self.z)

    def __truediv__(self, k: float) -> "Vec":
        return Vec(self.x / k, self.y / k, self.z / k)

    def dot(self, other: "Vec") -> float:
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other: "Vec") -> "Vec":
        return Vec(
            self.y * other.z - self.z * other.y,
            self.z * other.x - self.x * other.z,
            self.x * other.y - self.y * other.x,
        )

    def length(self) -> float:
        return math.sqrt(self.dot(self))

    def normalized(self) -> "Vec":
        n = self.length()
        if n == 0.0:
            return Vec(0.0, 0.0, 0.0)
        return self / n

    def reflect(self, normal: "Vec") -> "Vec":
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self) -> str:
        return f"Vec({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Ray:
    def __init__(self, origin: Vec, direction: Vec) -> None:
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t: float) -> Vec:
        return self.origin + self.direction * t


class Material:
    def __init__(self, color: float, diffuse: float, specular: float,
                 shininess: float, reflective: float) -> None:
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflective = reflective


class Hit:
    def __init__(self, t: float, point: Vec, normal: Vec, material: Material) -> None:
        self.t = t
        self.point = point
        self.normal = normal
        self.material = material


class Shape:
    def __init__(self, name: str, material: Material) -> None:
        self.name = name
        self.material = material

    def intersect(self, ray: Ray) -> "Hit | None":
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, name: str, center: Vec, radius: float, material: Material) -> None:
        super().__init__(name, material)
        self.center = center
        self.radius = radius

    def intersect(self, ray: Ray) -> "Hit | None":
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t < 1e-4:
            t = -b + root
            if t < 1e-4:
                return None
        p = ray.at(t)
        n = (p - self.center).normalized()
        return Hit(t, p, n, self.material)


class Plane(Shape):
    def __init__(self, name: str, point: Vec, normal: Vec, material: Material) -> None:
        super().__init__(name, material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray: Ray) -> "Hit | None":
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-6:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t < 1e-4:
            return None
        p = ray.at(t)
        # checkerboard modulation of the material colour
        check = (math.floor(p.x) + math.floor(p.z)) % 2
        mat = self.material
        if check == 1:
            mat = Material(mat.color * 0.5, mat.diffuse, mat.specular,
                           mat.shininess, mat.reflective)
        return Hit(t, p, self.normal, mat)


class Light:
    def __init__(self, position: Vec, intensity: float) -> None:
        self.position = position
        self.intensity = intensity


class Scene:
    def __init__(self) -> None:
        self.shapes: list[Shape] = []
        self.lights: list[Light] = []
        self.ambient = 0.08
        self.stats: dict[str, int] = {"rays": 0, "shadow_rays": 0, "hits": 0}

    def add(self, shape: Shape) -> "Scene":
        self.shapes.append(shape)
        return self

    def add_light(self, light: Light) -> "Scene":
        self.lights.append(light)
        return self

    def closest_hit(self, ray: Ray) -> "Hit | None":
        best: Hit | None = None
        for shape in self.shapes:
            hit = shape.intersect(ray)
            if hit is not None and (best is None or hit.t < best.t):
                best = hit
        return best

    def in_shadow(self, point: Vec, light: Light) -> bool:
        self.stats["shadow_rays"] += 1
        to_light = light.position - point
        dist = to_light.length()
        ray = Ray(point, to_light)
        for shape in self.shapes:
            hit = shape.intersect(ray)
            if hit is not None and hit.t < dist:
                return True
        return False

    def shade(self, ray: Ray, depth: int) -> float:
        self.stats["rays"] += 1
        hit = self.closest_hit(ray)
        if hit is None:
            # simple sky gradient
            return 0.05 + 0.1 * max(0.0, ray.direction.y)
        self.stats["hits"] += 1
        mat = hit.material
        total = self.ambient * mat.color
        for light in self.lights:
            if self.in_shadow(hit.point, light):
                continue
            to_light = (light.position - hit.point).normalized()
            lambert = max(0.0, hit.normal.dot(to_light))
            total += light.intensity * mat.diffuse * mat.color * lambert
            refl = (-to_light).reflect(hit.normal)
            spec = max(0.0, refl.dot(-ray.direction))
            if spec > 0.0:
                total += light.intensity * mat.specular * spec ** mat.shininess
        if depth > 0 and mat.reflective > 0.0:
            rdir = ray.direction.reflect(hit.normal)
            bounce = Ray(hit.point + hit.normal * 1e-3, rdir)
            total = total * (1.0 - mat.reflective) + self.shade(bounce, depth - 1) * mat.reflective
        return total


class Camera:
    def __init__(self, eye: Vec, target: Vec, up: Vec, fov_deg: float,
                 width: int, height: int) -> None:
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half = math.tan(math.radians(fov_deg) / 2.0)
        # characters in a terminal are about twice as tall as they are wide
        self.aspect = width / (height * 2.0)

    def ray_for(self, px: int, py: int) -> Ray:
        u = (2.0 * (px + 0.5) / self.width - 1.0) * self.half * self.aspect
        v = (1.0 - 2.0 * (py + 0.5) / self.height) * self.half
        d = self.forward + self.right * u + self.up * v
        return Ray(self.eye, d)


SHADES = " .:-=+*#%@"


def to_char(value: float) -> str:
    clamped = min(max(value, 0.0), 0.999)
    return SHADES[int(clamped * len(SHADES))]


def build_scene() -> Scene:
    shiny = Material(0.9, 0.8, 0.6, 30.0, 0.25)
    matte = Material(0.7, 0.9, 0.1, 5.0, 0.0)
    floor_mat = Material(0.8, 0.9, 0.0, 1.0, 0.1)
    scene = Scene()
    scene.add(Sphere("big", Vec(0.0, 1.0, 5.0), 1.0, shiny))
    scene.add(Sphere("left", Vec(-2.2, 0.6, 6.0), 0.6, matte))
    scene.add(Sphere("right", Vec(2.0, 0.5, 4.2), 0.5, matte))
    scene.add(Plane("floor", Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor_mat))
    scene.add_light(Light(Vec(-4.0, 6.0, 0.0), 0.9))
    scene.add_light(Light(Vec(3.0, 4.0, 2.0), 0.4))
    return scene


def render(scene: Scene, camera: Camera) -> list[list[float]]:
    image: list[list[float]] = []
    for py in range(camera.height):
        row = [scene.shade(camera.ray_for(px, py), 2) for px in range(camera.width)]
        image.append(row)
    return image


def checksum(image: list[list[float]]) -> int:
    acc = 0
    for y, row in enumerate(image):
        for x, v in enumerate(row):
            q = int(min(max(v, 0.0), 4.0) * 1000.0)
            acc = (acc * 31 + q * (x + 1) + y) % 1000000007
    return acc


def histogram(lines: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        for ch in line:
            counts[ch] = counts.get(ch, 0) + 1
    return counts


def main() -> None:
    width, height = 48, 20
    scene = build_scene()
    camera = Camera(Vec(0.0, 1.5, 1.5), Vec(0.0, 0.8, 5.0), Vec(0.0, 1.0, 0.0),
                    60.0, width, height)
    image = render(scene, camera)
    lines = ["".join(to_char(v) for v in row) for row in image]
    border = "+" + "-" * width + "+"
    print(border)
    for line in lines:
        print(f"|{line}|")
    print(border)
    hist = histogram(lines)
    for ch in sorted(hist, key=lambda c: SHADES.index(c)):
        print(f"shade {ch!r}: {hist[ch]}")
    brightest = max(max(row) for row in image)
    darkest = min(min(row) for row in image)
    mean = sum(sum(row) for row in image) / (width * height)
    print(f"brightest={brightest:.4f} darkest={darkest:.4f} mean={mean:.4f}")
    for key in sorted(scene.stats):
        print(f"{key}: {scene.stats[key]}")
    print(f"checksum: {checksum(image)}")
    center = camera.ray_for(width // 2, height // 2)
    print(f"center ray direction: {center.direction}")


if __name__ == "__main__":
    main()
