def total(orders: list[int]) -> int:
    return sum(orders) + "Café"
