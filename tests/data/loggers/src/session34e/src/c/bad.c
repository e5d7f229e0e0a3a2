int main(void) { return undefined_order_total; }
