"""Readers: files in the formats people have → Article records (or Failures, never silence)."""
