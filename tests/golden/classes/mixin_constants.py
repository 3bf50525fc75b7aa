class M:
    PREFIX = "#"

    def describe(self) -> str:
        return self.PREFIX + "x"


class S:
    pass


class C(S, M):
    PREFIX = "@"


class V(M):
    pass


print(C().describe())
print(V().describe())
