import { AppError } from '../../core/errors';

export async function keys(_argv: string[]): Promise<number> {
  throw new AppError('unavailable', 'keys commands are not available yet');
}
