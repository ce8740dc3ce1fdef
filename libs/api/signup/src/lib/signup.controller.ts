import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@portail/api-core';
import type { CheckSiretRequest, EmailValidated, SignupAccepted } from '@portail/domain';
import { EmailValidationService } from './email-validation.service';
import { PasswordCreationService } from './password-creation.service';
import { CheckSiretDto, CreatePasswordDto, ResendValidationDto, SignupDto, ValidateEmailDto } from './signup.dto';
import { SignupService } from './signup.service';

/** The signup of a « Tiers mandaté » (the FAQ's steps 4 to 10), before any account exists. */
@ApiTags('Inscription')
@Public()
@Controller('signup')
export class SignupController {
  constructor(
    private readonly signup: SignupService,
    private readonly validation: EmailValidationService,
    private readonly passwordCreation: PasswordCreationService,
  ) {}

  @Post('check-siret')
  @HttpCode(200)
  checkSiret(@Body() request: CheckSiretDto): Promise<CheckSiretRequest> {
    return this.signup.checkSiret(request.siret);
  }

  @Post()
  submit(@Body() request: SignupDto): Promise<SignupAccepted> {
    return this.signup.submit(request);
  }

  @Post('resend')
  @HttpCode(202)
  resend(@Body() request: ResendValidationDto): Promise<{ message: string }> {
    return this.validation.resend(request.email);
  }

  @Post('validate-email')
  @HttpCode(200)
  validateEmail(@Body() request: ValidateEmailDto): Promise<EmailValidated> {
    return this.validation.validate(request.token);
  }

  @Post('password')
  @HttpCode(204)
  createPassword(@Body() request: CreatePasswordDto): Promise<void> {
    return this.passwordCreation.create(request.token, request.password);
  }
}
