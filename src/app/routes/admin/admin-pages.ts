/**
 * The administration's pages as one lazy module: whoever opens one is likely to open the others,
 * and one boundary keeps the bundler's shared chunks simple.
 */
export { AdminLayout } from './admin-layout.tsx';
export { departmentLoader, DepartmentRoute } from './department.tsx';
export { departmentsLoader, DepartmentsRoute } from './departments.tsx';
export { userLoader, UserRoute } from './user.tsx';
export { usersLoader, UsersRoute } from './users.tsx';
