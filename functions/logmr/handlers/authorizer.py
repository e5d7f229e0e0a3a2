"""Lambda authorizer of both APIs: the bearer token (HTTP header, or `token` in the WebSocket's
query string) must equal the secret the stack created in Secrets Manager (API_TOKEN_SECRET)."""

import os

from aws_lambda_powertools.utilities import parameters
from aws_lambda_powertools.utilities.typing import LambdaContext

from ..api.auth import bearer_token, token_matches
from .runtime import logger

SECRET_CACHE_SECONDS = 300


def _expected_token() -> str:
    return parameters.get_secret(os.environ["API_TOKEN_SECRET"], max_age=SECRET_CACHE_SECONDS)


def _websocket_policy(event: dict, allow: bool) -> dict:
    return {
        "principalId": "logmr-user",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {"Action": "execute-api:Invoke", "Effect": "Allow" if allow else "Deny", "Resource": event["methodArn"]}
            ],
        },
    }


@logger.inject_lambda_context
def handler(event: dict, context: LambdaContext) -> dict:
    websocket = "methodArn" in event  # REQUEST authorizer of the WebSocket API's $connect route
    if websocket:
        presented = (event.get("queryStringParameters") or {}).get("token")
    else:
        presented = bearer_token(event.get("headers"))
    allowed = token_matches(presented, _expected_token())
    if not allowed:
        logger.info("request refused", extra={"had_token": presented is not None})
    return _websocket_policy(event, allowed) if websocket else {"isAuthorized": allowed}
