/* Uses a type nobody declared. */
int twice(counter_t value);
