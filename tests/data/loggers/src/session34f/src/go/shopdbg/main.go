// A tiny shop program for Delve to debug.
package main

import (
	"fmt"
	"os"
)

func handle(order int, customer string) int {
	total := order * 3
	fmt.Printf("GET /orders/%d customer=%s\n", order, customer)
	return total
}

func main() {
	customers := []string{"Café Zoë in 東京", "O'Brien \"Bob\"", "back\\slash"}
	for i, c := range customers {
		handle(1001+i, c)
	}
	fmt.Fprintln(os.Stderr, "shop stopped")
}
