export interface PasswordPolicy { minLength: number; classes: number }

/** CanBo password policy (length plus character classes; configured in regulation_setting 'auth.password_policy'). */
export function passwordMeetsPolicy(password: string, policy: PasswordPolicy): boolean {
  if ([...password].length < policy.minLength) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= policy.classes;
}
