/**
 * Staff accounts that sign in to the console, and the roles that decide what each
 * may do. Passwords are stored only as hashes made by the security layer; this
 * package never sees a clear-text password.
 */
package org.newsroom.domain.staff;
