"""Live progress: WebSocket subscriptions and the notifier that pushes job updates."""
