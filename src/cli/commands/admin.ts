import { AppError } from '../../core/errors';

export async function admin(_argv: string[]): Promise<number> {
  throw new AppError('unavailable', 'admin commands are not available yet');
}
