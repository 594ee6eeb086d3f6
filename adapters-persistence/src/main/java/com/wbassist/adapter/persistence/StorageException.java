package com.wbassist.adapter.persistence;

/**
 * The database refused or failed a storage operation; whatever the operation was writing was rolled
 * back.
 */
public class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
