/**
 * Staff accounts, roles and desks, for administrators only: web.xml keeps others off the
 * page and StaffDirectory refuses them anyway. Generated passwords are shown once and
 * never stored in clear.
 */
package org.newsroom.admin.users;
