/**
 * Staff accounts: the first administrator on a new installation, and (with the
 * editorial engine) sign-in, roles and desks. Passwords are hashed with PBKDF2.
 */
package org.newsroom.editorial.staff;
