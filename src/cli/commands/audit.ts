import { AppError } from '../../core/errors';

export async function audit(_argv: string[]): Promise<number> {
  throw new AppError('unavailable', 'audit commands are not available yet');
}
