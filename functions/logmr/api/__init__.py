"""The HTTP job API: operations (service) and routes (app)."""
