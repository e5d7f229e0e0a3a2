export function total(orders) { return orders.reduce((a, b) => a + b, 0); }
