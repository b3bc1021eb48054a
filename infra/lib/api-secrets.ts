import { RemovalPolicy, Validations } from 'aws-cdk-lib'
import { Secret, type ISecret } from 'aws-cdk-lib/aws-secretsmanager'
import { Construct } from 'constructs'

export interface ApiSecretsProps {
  /** An existing secret holding the WeChat AppSecret; without it one is created for the operator to fill. */
  wechatSecretName?: string
}

/** Both secrets are plain strings (not JSON). Functions receive their ARNs and read them at cold start. */
export class ApiSecrets extends Construct {
  readonly token: ISecret
  readonly shareLink: ISecret
  readonly wechatAppSecret: ISecret

  constructor(scope: Construct, id: string, props: ApiSecretsProps) {
    super(scope, id)
    const token = new Secret(this, 'TokenSecret', {
      description: 'Jiayuan: key that signs session tokens',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    })
    Validations.of(token).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4',
      reason: 'Rotating the token key logs every resident out; it is rotated by hand (see infra/README.md).',
    })
    this.token = token
    const shareLink = new Secret(this, 'ShareLinkSecret', {
      description: 'Jiayuan: key that signs the public links to a published monthly report',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    })
    Validations.of(shareLink).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4',
      reason: 'Rotating the share-link key ends every report link already sent to owners; it is rotated by hand.',
    })
    this.shareLink = shareLink
    this.wechatAppSecret = props.wechatSecretName
      ? Secret.fromSecretNameV2(this, 'WechatAppSecret', props.wechatSecretName)
      : this.placeholderWechatSecret()
  }

  /**
   * The trust account's WeChat Pay keys, one JSON secret `{apiV3Key, privateKey, platformPublicKey,
   * platformSerial}` the operator fills after the first deploy (README "Configure a real merchant").
   */
  wechatPaySecret(): ISecret {
    const secret = new Secret(this, 'WechatPaySecret', {
      description: 'Jiayuan: WeChat Pay APIv3 key, merchant private key and WeChat Pay public key (JSON)',
      removalPolicy: RemovalPolicy.RETAIN,
    })
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4',
      reason: 'The APIv3 key and merchant certificate are issued in the WeChat Pay merchant console; rotated there.',
    })
    return secret
  }

  private placeholderWechatSecret(): ISecret {
    const secret = new Secret(this, 'WechatAppSecret', {
      description: 'Jiayuan: WeChat mini-program AppSecret. Put the real value in after the first deploy.',
      // Holds a value typed in by the operator, which a redeploy must not lose.
      removalPolicy: RemovalPolicy.RETAIN,
    })
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SMG4',
      reason: 'The AppSecret is issued by WeChat (mp.weixin.qq.com); Secrets Manager cannot rotate it.',
    })
    return secret
  }
}
