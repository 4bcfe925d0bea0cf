/** Staff accounts and their roles, for administrators only (web.xml and StaffDirectory both say so). */
package org.newsroom.admin.users;
