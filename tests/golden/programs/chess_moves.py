"""Chess move generator with perft.

Board representation: 64-entry list of one-character strings, 'PNBRQK' for
white, 'pnbrqk' for black, '.' for empty.  Square 0 is a8, 63 is h1.
Pseudo-legal moves are generated and then filtered by checking whether the
side that moved left its king attacked.
"""

START_FEN = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1"
KIWIPETE_FEN = "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1"
ENDGAME_FEN = "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1"

KNIGHT_STEPS = [(-2, -1), (-2, 1), (-1, -2), (-1, 2), (1, -2), (1, 2), (2, -1), (2, 1)]
KING_STEPS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
ROOK_DIRS = [(-1, 0), (1, 0), (0, -1), (0, 1)]
BISHOP_DIRS = [(-1, -1), (-1, 1), (1, -1), (1, 1)]
QUEEN_DIRS = ROOK_DIRS + BISHOP_DIRS


def square_name(sq: int) -> str:
    return "abcdefgh"[sq % 8] + str(8 - sq // 8)


def parse_square(name: str) -> int:
    return (8 - int(name[1])) * 8 + "abcdefgh".index(name[0])


def on_board(row: int, col: int) -> bool:
    return 0 <= row < 8 and 0 <= col < 8


def is_white(piece: str) -> bool:
    return piece.isupper()


class Move:
    __slots__ = ("src", "dst", "promo", "kind")

    # kinds
    NORMAL = 0
    DOUBLE = 1
    EN_PASSANT = 2
    CASTLE = 3

    def __init__(self, src: int, dst: int, promo: str = "", kind: int = 0) -> None:
        self.src = src
        self.dst = dst
        self.promo = promo
        self.kind = kind

    def uci(self) -> str:
        return square_name(self.src) + square_name(self.dst) + self.promo.lower()

    def __repr__(self) -> str:
        return f"Move({self.uci()})"


class Undo:
    __slots__ = ("captured", "castling", "ep", "halfmove", "moved")

    def __init__(self, captured: str, castling: str, ep: int, halfmove: int, moved: str) -> None:
        self.captured = captured
        self.castling = castling
        self.ep = ep
        self.halfmove = halfmove
        self.moved = moved


class Board:
    def __init__(self, fen: str) -> None:
        fields = fen.split()
        self.squares: list[str] = []
        for ch in fields[0]:
            if ch == "/":
                continue
            if ch.isdigit():
                self.squares.extend(["."] * int(ch))
            else:
                self.squares.append(ch)
        if len(self.squares) != 64:
            raise ValueError(f"bad FEN placement: {fields[0]}")
        self.white_to_move = fields[1] == "w"
        self.castling = "" if fields[2] == "-" else fields[2]
        self.ep = -1 if fields[3] == "-" else parse_square(fields[3])
        self.halfmove = int(fields[4]) if len(fields) > 4 else 0
        self.history: list[Undo] = []

    def king_square(self, white: bool) -> int:
        return self.squares.index("K" if white else "k")

    def attacked(self, sq: int, by_white: bool) -> bool:
        row, col = divmod(sq, 8)
        sq_list = self.squares
        # pawns
        pr = row + 1 if by_white else row - 1
        pawn = "P" if by_white else "p"
        for dc in (-1, 1):
            if on_board(pr, col + dc) and sq_list[pr * 8 + col + dc] == pawn:
                return True
        knight = "N" if by_white else "n"
        for dr, dc in KNIGHT_STEPS:
            r, c = row + dr, col + dc
            if on_board(r, c) and sq_list[r * 8 + c] == knight:
                return True
        king = "K" if by_white else "k"
        for dr, dc in KING_STEPS:
            r, c = row + dr, col + dc
            if on_board(r, c) and sq_list[r * 8 + c] == king:
                return True
        straight = ("R", "Q") if by_white else ("r", "q")
        diagonal = ("B", "Q") if by_white else ("b", "q")
        for dirs, sliders in ((ROOK_DIRS, straight), (BISHOP_DIRS, diagonal)):
            for dr, dc in dirs:
                r, c = row + dr, col + dc
                while on_board(r, c):
                    p = sq_list[r * 8 + c]
                    if p != ".":
                        if p in sliders:
                            return True
                        break
                    r += dr
                    c += dc
        return False

    def in_check(self, white: bool) -> bool:
        return self.attacked(self.king_square(white), not white)

    def pseudo_moves(self) -> list[Move]:
        moves: list[Move] = []
        white = self.white_to_move
        for sq, piece in enumerate(self.squares):
            if piece == "." or is_white(piece) != white:
                continue
            kind = piece.upper()
            if kind == "P":
                self._pawn_moves(sq, white, moves)
            elif kind == "N":
                self._step_moves(sq, white, KNIGHT_STEPS, moves)
            elif kind == "K":
                self._step_moves(sq, white, KING_STEPS, moves)
                self._castle_moves(sq, white, moves)
            else:
                dirs = {"B": BISHOP_DIRS, "R": ROOK_DIRS, "Q": QUEEN_DIRS}[kind]
                self._slide_moves(sq, white, dirs, moves)
        return moves

    def _is_enemy(self, piece: str, white: bool) -> bool:
        return piece != "." and is_white(piece) != white

    def _pawn_moves(self, sq: int, white: bool, moves: list[Move]) -> None:
        row, col = divmod(sq, 8)
        step = -1 if white else 1
        start_row = 6 if white else 1
        last_row = 0 if white else 7
        promos = "QRBN" if white else "qrbn"

        def add(dst: int, kind: int = Move.NORMAL) -> None:
            if dst // 8 == last_row:
                for p in promos:
                    moves.append(Move(sq, dst, p, kind))
            else:
                moves.append(Move(sq, dst, "", kind))

        r = row + step
        if on_board(r, col) and self.squares[r * 8 + col] == ".":
            add(r * 8 + col)
            r2 = row + 2 * step
            if row == start_row and self.squares[r2 * 8 + col] == ".":
                moves.append(Move(sq, r2 * 8 + col, "", Move.DOUBLE))
        for dc in (-1, 1):
            c = col + dc
            if not on_board(r, c):
                continue
            dst = r * 8 + c
            if self._is_enemy(self.squares[dst], white):
                add(dst)
            elif dst == self.ep:
                moves.append(Move(sq, dst, "", Move.EN_PASSANT))

    def _step_moves(self, sq: int, white: bool, steps: list[tuple[int, int]],
                    moves: list[Move]) -> None:
        row, col = divmod(sq, 8)
        for dr, dc in steps:
            r, c = row + dr, col + dc
            if not on_board(r, c):
                continue
            target = self.squares[r * 8 + c]
            if target == "." or self._is_enemy(target, white):
                moves.append(Move(sq, r * 8 + c))

    def _slide_moves(self, sq: int, white: bool, dirs: list[tuple[int, int]],
                     moves: list[Move]) -> None:
        row, col = divmod(sq, 8)
        for dr, dc in dirs:
            r, c = row + dr, col + dc
            while on_board(r, c):
                target = self.squares[r * 8 + c]
                if target == ".":
                    moves.append(Move(sq, r * 8 + c))
                else:
                    if self._is_enemy(target, white):
                        moves.append(Move(sq, r * 8 + c))
                    break
                r += dr
                c += dc

    def _castle_moves(self, sq: int, white: bool, moves: list[Move]) -> None:
        rights = ("K", "Q") if white else ("k", "q")
        home = 60 if white else 4
        if sq != home or self.attacked(home, not white):
            return
        if rights[0] in self.castling:
            if self.squares[home + 1] == "." and self.squares[home + 2] == ".":
                if not self.attacked(home + 1, not white):
                    moves.append(Move(home, home + 2, "", Move.CASTLE))
        if rights[1] in self.castling:
            if all(self.squares[home - i] == "." for i in (1, 2, 3)):
                if not self.attacked(home - 1, not white):
                    moves.append(Move(home, home - 2, "", Move.CASTLE))

    def make(self, move: Move) -> None:
        sqs = self.squares
        piece = sqs[move.src]
        captured = sqs[move.dst]
        self.history.append(Undo(captured, self.castling, self.ep, self.halfmove, piece))
        sqs[move.dst] = move.promo if move.promo else piece
        sqs[move.src] = "."
        if move.kind == Move.EN_PASSANT:
            victim = move.dst + (8 if self.white_to_move else -8)
            sqs[victim] = "."
        elif move.kind == Move.CASTLE:
            if move.dst > move.src:
                sqs[move.src + 1], sqs[move.src + 3] = sqs[move.src + 3], "."
            else:
                sqs[move.src - 1], sqs[move.src - 4] = sqs[move.src - 4], "."
        self.ep = (move.src + move.dst) // 2 if move.kind == Move.DOUBLE else -1
        self.halfmove = 0 if piece.upper() == "P" or captured != "." else self.halfmove + 1
        self._update_castling(move.src)
        self._update_castling(move.dst)
        self.white_to_move = not self.white_to_move

    def _update_castling(self, sq: int) -> None:
        lost = {60: "KQ", 4: "kq", 63: "K", 56: "Q", 7: "k", 0: "q"}.get(sq, "")
        if lost:
            self.castling = "".join(ch for ch in self.castling if ch not in lost)

    def unmake(self, move: Move) -> None:
        undo = self.history.pop()
        self.white_to_move = not self.white_to_move
        sqs = self.squares
        sqs[move.src] = undo.moved
        sqs[move.dst] = undo.captured
        if move.kind == Move.EN_PASSANT:
            victim = move.dst + (8 if self.white_to_move else -8)
            sqs[victim] = "p" if self.white_to_move else "P"
        elif move.kind == Move.CASTLE:
            if move.dst > move.src:
                sqs[move.src + 3], sqs[move.src + 1] = sqs[move.src + 1], "."
            else:
                sqs[move.src - 4], sqs[move.src - 1] = sqs[move.src - 1], "."
        self.castling = undo.castling
        self.ep = undo.ep
        self.halfmove = undo.halfmove

    def legal_moves(self) -> list[Move]:
        legal: list[Move] = []
        mover = self.white_to_move
        for move in self.pseudo_moves():
            self.make(move)
            if not self.in_check(mover):
                legal.append(move)
            self.unmake(move)
        return legal

    def fen_placement(self) -> str:
        rows: list[str] = []
        for r in range(8):
            out, empty = "", 0
            for p in self.squares[r * 8:(r + 1) * 8]:
                if p == ".":
                    empty += 1
                    continue
                if empty:
                    out += str(empty)
                    empty = 0
                out += p
            if empty:
                out += str(empty)
            rows.append(out)
        return "/".join(rows)

    def ascii(self) -> str:
        lines = []
        for r in range(8):
            lines.append(f"{8 - r} " + " ".join(self.squares[r * 8:(r + 1) * 8]))
        lines.append("  a b c d e f g h")
        return "\n".join(lines)


def perft(board: Board, depth: int) -> int:
    if depth == 0:
        return 1
    moves = board.legal_moves()
    if depth == 1:
        return len(moves)
    total = 0
    for move in moves:
        board.make(move)
        total += perft(board, depth - 1)
        board.unmake(move)
    return total


def divide(board: Board, depth: int) -> dict[str, int]:
    result: dict[str, int] = {}
    for move in board.legal_moves():
        board.make(move)
        result[move.uci()] = perft(board, depth - 1)
        board.unmake(move)
    return result


def move_stats(board: Board) -> dict[str, int]:
    stats = {"captures": 0, "castles": 0, "promotions": 0, "en_passant": 0, "checks": 0}
    for move in board.legal_moves():
        if board.squares[move.dst] != "." or move.kind == Move.EN_PASSANT:
            stats["captures"] += 1
        stats["castles"] += move.kind == Move.CASTLE
        stats["promotions"] += 1 if move.promo else 0
        stats["en_passant"] += 1 if move.kind == Move.EN_PASSANT else 0
        board.make(move)
        if board.in_check(board.white_to_move):
            stats["checks"] += 1
        board.unmake(move)
    return stats


def main() -> None:
    positions = [("start", START_FEN, 3), ("kiwipete", KIWIPETE_FEN, 2), ("endgame", ENDGAME_FEN, 3)]
    for name, fen, max_depth in positions:
        board = Board(fen)
        print(f"== {name} ==")
        print(board.ascii())
        before = board.fen_placement()
        for depth in range(1, max_depth + 1):
            print(f"perft({depth}) = {perft(board, depth)}")
        assert board.fen_placement() == before, "make/unmake corrupted the board"
        stats = move_stats(board)
        print("moves: " + ", ".join(f"{k}={v}" for k, v in sorted(stats.items())))
        split = divide(board, 2)
        top = sorted(split.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        print("divide(2) top: " + " ".join(f"{m}:{n}" for m, n in top))
        print(f"first moves: {' '.join(sorted(m.uci() for m in board.legal_moves())[:10])}")
        print()
    board = Board(START_FEN)
    line = ["e2e4", "e7e5", "g1f3", "b8c6", "f1c4", "g8f6", "e1g1"]
    for uci in line:
        match = [m for m in board.legal_moves() if m.uci() == uci]
        if not match:
            raise ValueError(f"illegal move {uci}")
        board.make(match[0])
    print(f"after {' '.join(line)}:")
    print(board.ascii())
    print(f"placement={board.fen_placement()} castling={board.castling or '-'} "
          f"halfmove={board.halfmove} black_to_move={not board.white_to_move}")
    print(f"black replies: {len(board.legal_moves())}")


if __name__ == "__main__":
    main()
