"""A tiny text adventure engine driven by a scripted list of commands."""


class GameOver(Exception):
    def __init__(self, won: bool, reason: str) -> None:
        super().__init__(reason)
        self.won = won
        self.reason = reason


class Item:
    def __init__(self, name: str, description: str, portable: bool = True,
                 aliases: tuple[str, ...] = ()) -> None:
        self.name = name
        self.description = description
        self.portable = portable
        self.aliases = aliases

    def matches(self, word: str) -> bool:
        return word == self.name or word in self.aliases


class Room:
    def __init__(self, key: str, title: str, description: str, dark: bool = False) -> None:
        self.key = key
        self.title = title
        self.description = description
        self.dark = dark
        self.exits: dict[str, str] = {}
        self.items: list[Item] = []
        self.locked: dict[str, str] = {}  # direction -> key item name
        self.visits = 0

    def connect(self, direction: str, other: "Room", back: str = "") -> None:
        self.exits[direction] = other.key
        if back:
            other.exits[back] = self.key

    def find(self, word: str) -> "Item | None":
        for item in self.items:
            if item.matches(word):
                return item
        return None


DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}
STOPWORDS = {"the", "a", "an", "at", "to", "with", "on", "into", "in"}


class Player:
    def __init__(self, start: str) -> None:
        self.location = start
        self.inventory: list[Item] = []
        self.score = 0
        self.moves = 0
        self.flags: set[str] = set()

    def holding(self, word: str) -> "Item | None":
        return next((i for i in self.inventory if i.matches(word)), None)


class Game:
    def __init__(self) -> None:
        self.rooms: dict[str, Room] = {}
        self.player = Player("hall")
        self.output: list[str] = []
        self.handlers = {
            "look": self.do_look, "l": self.do_look,
            "go": self.do_go, "walk": self.do_go,
            "take": self.do_take, "get": self.do_take,
            "drop": self.do_drop,
            "inventory": self.do_inventory, "i": self.do_inventory,
            "examine": self.do_examine, "x": self.do_examine,
            "open": self.do_open, "unlock": self.do_open,
            "light": self.do_light,
            "read": self.do_read,
            "score": self.do_score,
            "put": self.do_put,
        }
        self.build_world()

    def say(self, text: str) -> None:
        self.output.append(text)

    def add_room(self, room: Room) -> Room:
        self.rooms[room.key] = room
        return room

    def build_world(self) -> None:
        hall = self.add_room(Room("hall", "Great Hall", "A draughty hall with a high ceiling."))
        library = self.add_room(Room("library", "Library", "Shelves of mouldering books line the walls."))
        kitchen = self.add_room(Room("kitchen", "Kitchen", "Pots hang above a cold hearth."))
        cellar = self.add_room(Room("cellar", "Cellar", "Damp stone and the smell of old wine.", dark=True))
        vault = self.add_room(Room("vault", "Vault", "A small vault with an empty pedestal."))
        garden = self.add_room(Room("garden", "Garden", "Overgrown roses surround a dry fountain."))
        hall.connect("west", library, "east")
        hall.connect("east", kitchen, "west")
        hall.connect("north", garden, "south")
        kitchen.connect("down", cellar, "up")
        cellar.connect("north", vault, "south")
        cellar.locked["north"] = "key"
        hall.items.append(Item("rug", "A threadbare rug. Something bulges beneath it.", portable=False))
        library.items.append(Item("book", "A diary. The last page reads: 'the gem belongs on the pedestal'.",
                                  aliases=("diary",)))
        library.items.append(Item("candle", "A stub of wax candle.", aliases=("wax",)))
        kitchen.items.append(Item("matches", "A box of matches, mostly dry.", aliases=("box",)))
        kitchen.items.append(Item("knife", "A blunt kitchen knife."))
        garden.items.append(Item("key", "A heavy iron key, rusted at the bow.", aliases=("iron",)))
        cellar.items.append(Item("gem", "A green gem that glitters faintly.", aliases=("emerald", "stone")))
        vault.items.append(Item("pedestal", "A stone pedestal with a gem-shaped hollow.", portable=False))

    @property
    def room(self) -> Room:
        return self.rooms[self.player.location]

    def can_see(self) -> bool:
        return not self.room.dark or "candle_lit" in self.player.flags and self.player.holding("candle") is not None

    def describe(self, verbose: bool) -> None:
        room = self.room
        if not self.can_see():
            self.say("It is pitch dark. You might be eaten by a grue.")
            return
        self.say(f"** {room.title} **")
        if verbose or room.visits <= 1:
            self.say(room.description)
        if room.items:
            names = ", ".join(f"a {i.name}" for i in room.items)
            self.say(f"You see: {names}.")
        exits = sorted(room.exits)
        self.say(f"Exits: {' '.join(exits) if exits else 'none'}")

    # ------------------------------------------------------------- verbs

    def do_look(self, args: list[str]) -> None:
        self.describe(verbose=True)

    def do_go(self, args: list[str]) -> None:
        if not args:
            self.say("Go where?")
            return
        direction = DIRECTIONS.get(args[0], args[0])
        room = self.room
        if direction not in room.exits:
            self.say("You can't go that way.")
            return
        if direction in room.locked:
            self.say("The door is locked.")
            return
        if room.dark and not self.can_see() and direction != "up":
            raise GameOver(False, "You stumble in the dark and are eaten by a grue.")
        self.player.location = room.exits[direction]
        self.room.visits += 1
        self.describe(verbose=False)

    def do_take(self, args: list[str]) -> None:
        if not args:
            self.say("Take what?")
            return
        if not self.can_see():
            self.say("You fumble around but find nothing.")
            return
        if args[0] == "all":
            portable = [i for i in self.room.items if i.portable]
            if not portable:
                self.say("There is nothing to take.")
            for item in portable:
                self.take_item(item)
            return
        item = self.room.find(args[0])
        if item is None:
            self.say(f"There is no {args[0]} here.")
        elif not item.portable:
            self.say(f"The {item.name} won't budge.")
        else:
            self.take_item(item)

    def take_item(self, item: Item) -> None:
        self.room.items.remove(item)
        self.player.inventory.append(item)
        self.say(f"Taken: {item.name}.")
        if item.name == "gem" and "gem_found" not in self.player.flags:
            self.player.flags.add("gem_found")
            self.player.score += 25

    def do_drop(self, args: list[str]) -> None:
        item = self.player.holding(args[0]) if args else None
        if item is None:
            self.say("You don't have that.")
            return
        self.player.inventory.remove(item)
        self.room.items.append(item)
        self.say(f"Dropped: {item.name}.")

    def do_inventory(self, args: list[str]) -> None:
        if not self.player.inventory:
            self.say("You are empty-handed.")
        else:
            self.say("You carry: " + ", ".join(sorted(i.name for i in self.player.inventory)) + ".")

    def do_examine(self, args: list[str]) -> None:
        if not args:
            self.say("Examine what?")
            return
        item = self.player.holding(args[0]) or (self.room.find(args[0]) if self.can_see() else None)
        if item is None:
            self.say(f"You see no {args[0]} here.")
            return
        self.say(item.description)
        if item.name == "rug" and "rug_moved" not in self.player.flags:
            self.player.flags.add("rug_moved")
            self.room.items.append(Item("coin", "An old silver coin.", aliases=("silver",)))
            self.player.score += 5
            self.say("Under the rug you find a silver coin!")

    def do_open(self, args: list[str]) -> None:
        room = self.room
        locked = sorted(room.locked)
        if not locked:
            self.say("There is nothing locked here.")
            return
        direction = locked[0]
        needed = room.locked[direction]
        if self.player.holding(needed) is None:
            self.say(f"You need a {needed}.")
            return
        del room.locked[direction]
        self.player.score += 10
        self.say(f"The {direction} door swings open with a groan.")

    def do_light(self, args: list[str]) -> None:
        if self.player.holding("candle") is None:
            self.say("You have nothing to light.")
        elif self.player.holding("matches") is None:
            self.say("You have no way to light it.")
        elif "candle_lit" in self.player.flags:
            self.say("The candle is already lit.")
        else:
            self.player.flags.add("candle_lit")
            self.say("The candle flickers into life.")
            if self.room.dark:
                self.describe(verbose=True)

    def do_read(self, args: list[str]) -> None:
        item = self.player.holding(args[0]) if args else None
        if item is None or item.name != "book":
            self.say("There is nothing to read.")
        else:
            self.say(item.description)

    def do_score(self, args: list[str]) -> None:
        self.say(f"Score: {self.player.score} in {self.player.moves} moves.")

    def do_put(self, args: list[str]) -> None:
        if len(args) < 2:
            self.say("Put what where?")
            return
        item = self.player.holding(args[0])
        target = self.room.find(args[1])
        if item is None or target is None:
            self.say("You can't do that.")
            return
        if item.name == "gem" and target.name == "pedestal":
            self.player.inventory.remove(item)
            self.player.score += 50
            raise GameOver(True, "The gem settles into the pedestal and the vault fills with light.")
        self.say("Nothing happens.")

    # ------------------------------------------------------------ parser

    def parse(self, line: str) -> tuple[str, list[str]]:
        words = [w for w in line.lower().replace(",", " ").split() if w not in STOPWORDS]
        if not words:
            return "", []
        verb, args = words[0], words[1:]
        if verb in DIRECTIONS or verb in DIRECTIONS.values():
            return "go", [verb]
        if verb == "pick" and args[:1] == ["up"]:
            return "take", args[1:]
        return verb, args

    def step(self, line: str) -> None:
        self.say(f"> {line}")
        verb, args = self.parse(line)
        if not verb:
            self.say("Say something.")
            return
        handler = self.handlers.get(verb)
        if handler is None:
            self.say(f"I don't know how to '{verb}'.")
            return
        self.player.moves += 1
        handler(args)


SCRIPT = [
    "look", "examine rug", "take coin", "take rug", "dance", "", "go west",
    "take the book", "read diary", "take candle", "e", "e", "take all", "i",
    "d", "take gem", "light candle", "take emerald", "look", "north", "unlock door", "n",
    "s", "s", "up", "w", "n", "pick up the iron key", "s", "e", "d",
    "drop knife", "unlock door", "north", "examine pedestal", "put gem on pedestal",
    "score",
]


def main() -> None:
    game = Game()
    game.describe(verbose=True)
    ending = "The script ran out before the story ended."
    for line in SCRIPT:
        try:
            game.step(line)
        except GameOver as over:
            game.say(over.reason)
            ending = "*** You have won! ***" if over.won else "*** You have died. ***"
            break
    for text in game.output:
        print(text)
    print(ending)
    p = game.player
    print(f"Final score: {p.score}, moves: {p.moves}, location: {game.room.title}")
    print(f"Flags: {', '.join(sorted(p.flags))}")
    visited = sorted((r.visits, r.key) for r in game.rooms.values())
    print("Visits: " + " ".join(f"{k}={v}" for v, k in visited))
    leftovers = {r.key: [i.name for i in r.items] for r in game.rooms.values() if r.items}
    for key in sorted(leftovers):
        print(f"  {key}: {', '.join(leftovers[key])}")


if __name__ == "__main__":
    main()
