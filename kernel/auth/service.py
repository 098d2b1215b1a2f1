"""Who the caller is and what they may do, checked in the service layer.

Every registry read or write names the port it touches; :class:`Principal` answers whether the
caller may read it (else the thing is reported as not found, so existence does not leak) and
whether its role may perform the action (else 403).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import QueryableAttribute, Session

from kernel.auth.models import ROLES, ApiToken, User, UserPort
from kernel.errors import Conflict, Forbidden, Invalid, NotFound, Unauthenticated
from kernel.ids import new_id

# Which roles may perform each kind of action (within the ports they are scoped to).
PERMISSIONS: dict[str, frozenset[str]] = {
    "read": frozenset(ROLES),
    "registry.write": frozenset({"admin", "engineer"}),
    "port.admin": frozenset({"admin"}),
    "inspection.write": frozenset({"admin", "engineer", "inspector"}),
    "inspection.approve": frozenset({"admin", "engineer"}),
    "plan.write": frozenset({"admin", "planner"}),
    # acting on a sensor alert (acknowledging it) is for those who respond to it on site
    "alert.acknowledge": frozenset({"admin", "engineer", "inspector"}),
}

TOKEN_PREFIX = "pt_"  # noqa: S105 (a prefix, not a secret)


@dataclass(frozen=True)
class Principal:
    """The authenticated caller."""

    user_id: uuid.UUID
    name: str
    role: str
    all_ports: bool = False
    port_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)

    @property
    def is_global_admin(self) -> bool:
        return self.role == "admin" and self.all_ports

    def can_read(self, port_id: uuid.UUID) -> bool:
        return self.all_ports or port_id in self.port_ids

    def port_scope(
        self, port_column: ColumnElement[Any] | QueryableAttribute[Any]
    ) -> ColumnElement[bool]:
        """SQL condition keeping the rows of ports this caller may read."""
        return true() if self.all_ports else port_column.in_(sorted(self.port_ids))

    def may(self, action: str) -> bool:
        return self.role in PERMISSIONS[action]

    def require(self, action: str, port_id: uuid.UUID, what: str = "resource") -> None:
        """Raise NotFound when the port is out of scope, Forbidden when the role may not act."""
        if not self.can_read(port_id):
            raise NotFound(f"{what} not found")
        if not self.may(action):
            raise Forbidden(f"role '{self.role}' may not {action.replace('.', ' ')} here")

    def require_global_admin(self) -> None:
        if not self.is_global_admin:
            raise Forbidden("only an administrator of all ports may do this")


SYSTEM = Principal(user_id=uuid.UUID(int=0), name="system", role="admin", all_ports=True)
"""The principal of administrative commands run on the server itself (CLI, demo loader)."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(
    session: Session,
    name: str,
    role: str,
    port_ids: Iterable[uuid.UUID] = (),
    *,
    all_ports: bool = False,
    label: str | None = None,
) -> tuple[User, str]:
    """Create a user scoped to ``port_ids`` (or all ports) and return it with a new token.

    >>> user, token = create_user(session, "tanaka", "inspector", [port.id])
    """
    if role not in ROLES:
        raise Invalid(f"unknown role '{role}'; expected one of {', '.join(ROLES)}", field="role")
    ports = list(dict.fromkeys(port_ids))
    if not ports and not all_ports:
        raise Invalid("a user needs at least one port, or access to all ports", field="ports")
    if session.scalar(select(User.id).where(User.name == name)) is not None:
        raise Conflict(f"user '{name}' already exists", field="name")
    user = User(id=new_id(), name=name, role=role, all_ports=all_ports, disabled=False)
    session.add(user)
    session.flush()
    session.add_all(UserPort(user_id=user.id, port_id=p) for p in ports)
    return user, issue_token(session, user.id, label=label)


def default_expiry(days: int | None = None) -> datetime | None:
    """When a token made now expires: after ``PORTTWIN_TOKEN_DAYS`` (365; 0: never)."""
    from kernel.settings import get_settings

    days = get_settings().token_days if days is None else days
    return datetime.now(UTC) + timedelta(days=days) if days > 0 else None


def issue_token(
    session: Session,
    user_id: uuid.UUID,
    expires_at: datetime | None = None,
    *,
    label: str | None = None,
    days: int | None = None,
) -> str:
    """A new API token for the user, expiring at ``expires_at`` (default: after ``days``, or
    the configured lifetime); only its SHA-256 is stored, so it is shown once."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(
        ApiToken(
            id=new_id(),
            user_id=user_id,
            token_sha256=hash_token(token),
            expires_at=expires_at or default_expiry(days),
            label=label,
        )
    )
    session.flush()
    return token


NO_TOKEN = (  # a message, not a secret
    "an API token is required (Authorization: Bearer <token>, "  # noqa: S105
    "or HTTP Basic with the token as the password)"
)
BAD_TOKEN = "the API token is not valid (unknown, expired, revoked or its user disabled)"  # noqa: S105


def token_from_header(header: str | None) -> str | None:
    """The API token of an ``Authorization`` header: ``Bearer <token>``, or ``Basic`` with the
    token as the password (the user name is not checked) for clients that only speak Basic,
    such as QGIS and older GDAL; None when there is none."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    scheme, value = scheme.lower(), value.strip()
    if scheme == "bearer":
        return value or None
    if scheme == "basic":
        try:
            decoded = base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise Unauthenticated(
                "the Basic credentials are not valid base64 of user:token"
            ) from None
        _, sep, password = decoded.partition(":")
        return password if sep and password else None
    raise Unauthenticated(f"unsupported authorization scheme '{scheme}'; use Bearer or Basic")


def authenticate(session: Session, token: str | None) -> Principal:
    """The principal owning ``token``; Unauthenticated when missing, unknown, expired or its
    user is disabled, with one message for all but the first, so an answer never tells
    which tokens exist.

    One query finds the user, their ports and names them as the actor of the transaction
    (what registry history records), so a request pays a single round trip for all three.
    """
    if not token:
        raise Unauthenticated(NO_TOKEN)
    if len(token) > 200 or not token.isprintable():
        raise Unauthenticated(BAD_TOKEN)
    ports = func.array_remove(func.array_agg(UserPort.port_id), None)
    row = session.execute(
        select(User, ApiToken.expires_at, ports, func.set_config("porttwin.actor", User.name, True))
        .join(ApiToken, ApiToken.user_id == User.id)
        .outerjoin(UserPort, UserPort.user_id == User.id)
        .where(ApiToken.token_sha256 == hash_token(token), ApiToken.revoked_at.is_(None))
        .group_by(User.id, ApiToken.expires_at)
    ).first()
    if row is None:
        raise Unauthenticated(BAD_TOKEN)
    user, expires_at, port_ids, _ = row
    if (expires_at is not None and expires_at <= datetime.now(UTC)) or user.disabled:
        raise Unauthenticated(BAD_TOKEN)
    return Principal(
        user_id=user.id,
        name=user.name,
        role=user.role,
        all_ports=user.all_ports,
        port_ids=frozenset(port_ids or ()),
    )


def load_principal(session: Session, user_id: uuid.UUID) -> Principal:
    """The principal of a user by id (a background job acts as the user who asked for it)."""
    if user_id == SYSTEM.user_id:
        return SYSTEM
    user = session.get(User, user_id)
    if user is None or user.disabled:
        raise Unauthenticated("the user who started this work no longer exists or is disabled")
    port_ids = session.scalars(select(UserPort.port_id).where(UserPort.user_id == user_id))
    return Principal(
        user_id=user.id,
        name=user.name,
        role=user.role,
        all_ports=user.all_ports,
        port_ids=frozenset(port_ids),
    )


# -- managing users and tokens -----------------------------------------------------------------
@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    name: str
    role: str
    all_ports: bool
    disabled: bool
    port_ids: tuple[uuid.UUID, ...]
    tokens: int  # valid ones: neither revoked nor expired


@dataclass(frozen=True)
class TokenInfo:
    """A token as listed: never the token itself, which is stored only as a hash."""

    id: uuid.UUID
    user: str
    label: str | None
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None

    @property
    def state(self) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= datetime.now(UTC):
            return "expired"
        return "valid"


def _user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise NotFound(f"no user '{name}'")
    return user


def list_users(session: Session, who: Principal) -> list[UserInfo]:
    """Every user, with their ports and how many valid tokens they hold (global admins)."""
    who.require_global_admin()
    now = datetime.now(UTC)
    valid = (
        select(func.count())
        .where(
            ApiToken.user_id == User.id,
            ApiToken.revoked_at.is_(None),
            (ApiToken.expires_at.is_(None)) | (ApiToken.expires_at > now),
        )
        .correlate(User)
        .scalar_subquery()
    )
    ports = func.array_remove(func.array_agg(UserPort.port_id), None)
    rows = session.execute(
        select(User, ports, valid)
        .outerjoin(UserPort, UserPort.user_id == User.id)
        .group_by(User.id)
        .order_by(User.name)
    )
    return [
        UserInfo(u.id, u.name, u.role, u.all_ports, u.disabled, tuple(p or ()), n)
        for u, p, n in rows
    ]


def set_disabled(session: Session, who: Principal, name: str, disabled: bool) -> UserInfo:
    """Disable (every token stops working at once) or enable a user."""
    who.require_global_admin()
    user = _user(session, name)
    if disabled and user.id == who.user_id:
        raise Invalid("you cannot disable yourself", field="name")
    user.disabled = disabled
    session.flush()
    return next(u for u in list_users(session, who) if u.id == user.id)


def list_tokens(session: Session, who: Principal, user: str | None = None) -> list[TokenInfo]:
    """Tokens of ``user`` (global admins: anyone's, or everyone's when None; others: only
    their own)."""
    query = select(ApiToken, User.name).join(User, User.id == ApiToken.user_id)
    if not who.is_global_admin:
        if user not in (None, who.name):
            raise Forbidden("only an administrator of all ports may list others' tokens")
        query = query.where(ApiToken.user_id == who.user_id)
    elif user is not None:
        query = query.where(ApiToken.user_id == _user(session, user).id)
    rows = session.execute(query.order_by(User.name, ApiToken.created_at))
    return [
        TokenInfo(t.id, name, t.label, t.created_at, t.expires_at, t.revoked_at) for t, name in rows
    ]


def _info(session: Session, token: ApiToken) -> TokenInfo:
    name = session.scalar(select(User.name).where(User.id == token.user_id))
    return TokenInfo(
        token.id, str(name), token.label, token.created_at, token.expires_at, token.revoked_at
    )


def _own_or_admin(session: Session, who: Principal, token_id: uuid.UUID) -> ApiToken:
    token = session.get(ApiToken, token_id)
    if token is None or (token.user_id != who.user_id and not who.is_global_admin):
        raise NotFound("token not found")
    return token


def revoke_token(session: Session, who: Principal, token_id: uuid.UUID) -> TokenInfo:
    """The token stops working now (its owner or a global admin)."""
    token = _own_or_admin(session, who, token_id)
    if token.revoked_at is None:
        token.revoked_at = datetime.now(UTC)
        session.flush()
    return _info(session, token)


def rotate_token(session: Session, who: Principal, token_id: uuid.UUID) -> tuple[TokenInfo, str]:
    """Revoke a token and give its owner a new one with the same label and a fresh lifetime;
    returns the new token's listing and the token itself (shown once)."""
    old = _own_or_admin(session, who, token_id)
    if old.revoked_at is not None:
        raise Conflict("the token is already revoked; make a new one instead", field="token_id")
    old.revoked_at = datetime.now(UTC)
    token = issue_token(session, old.user_id, label=old.label)
    return _info(session, _by_value(session, token)), token


def new_token(
    session: Session, who: Principal, user: str | None, label: str | None, days: int | None
) -> tuple[TokenInfo, str]:
    """A new token for ``user`` (global admins) or for the caller."""
    owner = who.user_id
    if user not in (None, who.name):
        who.require_global_admin()
        owner = _user(session, str(user)).id
    if days is not None and days < 0:
        raise Invalid("days is 0 (never expires) or more", field="days")
    token = issue_token(session, owner, label=label, days=days)
    return _info(session, _by_value(session, token)), token


def _by_value(session: Session, token: str) -> ApiToken:
    row = session.scalar(select(ApiToken).where(ApiToken.token_sha256 == hash_token(token)))
    assert row is not None
    session.refresh(row)
    return row
