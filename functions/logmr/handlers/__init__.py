"""AWS Lambda entry points: thin wrappers around runners.stepfunctions."""
