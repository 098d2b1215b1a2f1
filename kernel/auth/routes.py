"""Users and API tokens over the API: administrators of all ports list users, disable and
enable them, and manage anyone's tokens; every user lists, makes, rotates and revokes their
own. A token is shown once, when it is made; lists show only what identifies it."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, status
from pydantic import BaseModel, Field

from kernel.auth import service
from kernel.schemas import Input
from kernel.web import CurrentUser, SessionDep

router = APIRouter(prefix="/api/v1", tags=["users and tokens"])


class UserPublic(BaseModel):
    id: uuid.UUID
    name: str
    role: str
    all_ports: bool
    disabled: bool
    port_ids: list[uuid.UUID]
    valid_tokens: int

    @classmethod
    def of(cls, u: service.UserInfo) -> UserPublic:
        return cls(
            id=u.id,
            name=u.name,
            role=u.role,
            all_ports=u.all_ports,
            disabled=u.disabled,
            port_ids=list(u.port_ids),
            valid_tokens=u.tokens,
        )


class TokenPublic(BaseModel):
    id: uuid.UUID
    user: str
    label: str | None
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    state: str = Field(description="valid, expired or revoked")

    @classmethod
    def of(cls, t: service.TokenInfo) -> TokenPublic:
        return cls(
            id=t.id,
            user=t.user,
            label=t.label,
            created_at=t.created_at,
            expires_at=t.expires_at,
            revoked_at=t.revoked_at,
            state=t.state,
        )


class NewTokenPublic(TokenPublic):
    token: str = Field(description="the API token itself: shown this once, stored only hashed")


class TokenCreate(Input):
    user: str | None = Field(default=None, max_length=120, description="default: yourself")
    label: str | None = Field(default=None, max_length=200, examples=["QGIS on the office PC"])
    days: int | None = Field(
        default=None, ge=0, le=3650, description="lifetime; 0: never expires (default: 365)"
    )


@router.get("/users", summary="Users (administrators of all ports)")
def get_users(who: CurrentUser, session: SessionDep) -> list[UserPublic]:
    return [UserPublic.of(u) for u in service.list_users(session, who)]


@router.post("/users/{name}/disable", summary="Disable a user: every token stops working")
def disable_user(name: str, who: CurrentUser, session: SessionDep) -> UserPublic:
    return UserPublic.of(service.set_disabled(session, who, name, True))


@router.post("/users/{name}/enable", summary="Enable a disabled user")
def enable_user(name: str, who: CurrentUser, session: SessionDep) -> UserPublic:
    return UserPublic.of(service.set_disabled(session, who, name, False))


@router.get("/tokens", summary="Your tokens (administrators of all ports: anyone's)")
def get_tokens(
    who: CurrentUser,
    session: SessionDep,
    user: Annotated[str | None, Query(max_length=120)] = None,
) -> list[TokenPublic]:
    return [TokenPublic.of(t) for t in service.list_tokens(session, who, user)]


@router.post("/tokens", status_code=status.HTTP_201_CREATED, summary="Make a token")
def post_token(data: TokenCreate, who: CurrentUser, session: SessionDep) -> NewTokenPublic:
    info, token = service.new_token(session, who, data.user, data.label, data.days)
    return NewTokenPublic(**TokenPublic.of(info).model_dump(), token=token)


@router.delete("/tokens/{token_id}", summary="Revoke a token: it stops working now")
def delete_token(token_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> TokenPublic:
    return TokenPublic.of(service.revoke_token(session, who, token_id))


@router.post("/tokens/{token_id}/rotate", summary="Revoke a token and make its successor")
def rotate_token(token_id: uuid.UUID, who: CurrentUser, session: SessionDep) -> NewTokenPublic:
    info, token = service.rotate_token(session, who, token_id)
    return NewTokenPublic(**TokenPublic.of(info).model_dump(), token=token)
