export function gruss(stadt) {
  return `Grüße aus ${stadt}`
}
