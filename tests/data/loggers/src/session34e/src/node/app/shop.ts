export const customer: string = "Café Zoë in 東京";
