/* A C header for the header-check diagnostics (header_field_offset.py). */
struct point {
  char tag;
  int x;
  int y;
};

struct rect {
  struct point corner;
  double area;
};

int point_sum(struct point* p);
