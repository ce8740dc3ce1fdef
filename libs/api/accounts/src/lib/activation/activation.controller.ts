import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@portail/api-core';
import type { ActivationInvitation } from '@portail/domain';
import { ActivateAccountDto, ActivationCheckDto } from './activation.dto';
import { ActivationService } from './activation.service';

/** The link of the activation e-mail: anonymous, the token is the proof. */
@ApiTags('Activation du compte')
@Public()
@Controller('activation')
export class ActivationController {
  constructor(private readonly activation: ActivationService) {}

  @Post('check')
  @HttpCode(200)
  check(@Body() request: ActivationCheckDto): Promise<ActivationInvitation> {
    return this.activation.check(request.token);
  }

  @Post()
  @HttpCode(204)
  activate(@Body() request: ActivateAccountDto): Promise<void> {
    return this.activation.activate(request.token, request.password);
  }
}
