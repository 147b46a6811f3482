import type { Role } from '@/contract/common.ts';
import type { ControlProps } from '@/components/form-field.tsx';

export type DepartmentOption = { id: string; name: string };

type RoleSelectProps = {
  control: ControlProps;
  value: Role | '';
  roles: readonly Role[];
  /** Shown while no role is chosen; a new account's role is a choice, never a default. */
  placeholder?: string;
  label: (role: Role) => string;
  onChange: (role: Role) => void;
};

export function RoleSelect({ control, value, roles, placeholder, label, onChange }: RoleSelectProps) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value as Role)}>
      {value === '' && placeholder ? (
        <option value="" disabled>
          {placeholder}
        </option>
      ) : null}
      {roles.map((role) => (
        <option key={role} value={role}>
          {label(role)}
        </option>
      ))}
    </select>
  );
}

type DepartmentSelectProps = {
  control: ControlProps;
  value: string;
  departments: readonly DepartmentOption[];
  disabled: boolean;
  placeholder: string;
  onChange: (departmentId: string) => void;
};

/** Only a department head has a department: for every other role the choice is off, and says so. */
export function DepartmentSelect({ control, value, departments, disabled, placeholder, onChange }: DepartmentSelectProps) {
  return (
    <select {...control} value={disabled ? '' : value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      <option value="">{placeholder}</option>
      {disabled
        ? null
        : departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
    </select>
  );
}
