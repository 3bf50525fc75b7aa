/* A header with a C syntax error: krait bindgen reports it where it is. */
struct point {
  int x;
  int y;
};

int area(struct point p;
