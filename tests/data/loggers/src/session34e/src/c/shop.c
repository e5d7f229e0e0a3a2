#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* a tiny "shop" with a leak and an invalid read, for valgrind */
int main(void) {
    char *orders = malloc(16);
    strcpy(orders, "Café Zoë");
    printf("orders: %s\n", orders);
    int *ids = malloc(4 * sizeof(int));
    ids[0] = 1001;
    printf("id: %d\n", ids[4]);   /* invalid read */
    free(orders);
    return 0;                     /* ids leaks */
}
