import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@portail/api-core';
import { PasswordResetRequestDto, ResetPasswordDto } from './password-reset.dto';
import { PasswordResetService } from './password-reset.service';

/** « Mot de passe oublié »: the same e-mail-link machinery as the signup. */
@ApiTags('Mot de passe oublié')
@Public()
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly reset: PasswordResetService) {}

  @Post('request')
  @HttpCode(202)
  request(@Body() request: PasswordResetRequestDto): Promise<{ message: string }> {
    return this.reset.request(request.email);
  }

  @Post()
  @HttpCode(204)
  resetPassword(@Body() request: ResetPasswordDto): Promise<void> {
    return this.reset.reset(request.token, request.newPassword);
  }
}
